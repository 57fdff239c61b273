package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Publication dates in the shapes pages write them, normalized to ISO 8601. */
class MetadataExtractorTest {

    @Test
    void datesKeepTheirOffsetAndPrecision() {
        assertEquals("2020-01-02T03:04:05Z", MetadataExtractor.isoDate("2020-01-02T03:04:05Z"));
        assertEquals("2020-01-02T03:04:05+05:30", MetadataExtractor.isoDate(" 2020-01-02T03:04:05+05:30 "));
        assertEquals("2020-01-02T03:04:05.123456789-08:00",
                MetadataExtractor.isoDate("2020-01-02T03:04:05.123456789-08:00"));
    }

    @Test
    void zonesBecomeOffsetsAndOffsetsGainTheirColon() {
        assertEquals("2020-01-02T04:04:05+01:00", MetadataExtractor.isoDate("2020-01-02T03:04:05Z[Europe/Paris]"));
        assertEquals("2020-01-02T03:04:05.123+05:30", MetadataExtractor.isoDate("2020-01-02T03:04:05.123+0530"));
        assertEquals("2020-01-02T03:04:05+05:30", MetadataExtractor.isoDate("2020-01-02T03:04:05+0530"));
    }

    @Test
    void withoutAnOffsetTheLocalTimeOrTheDateIsKept() {
        assertEquals("2020-01-02T03:04:00", MetadataExtractor.isoDate("2020-01-02T03:04"));
        assertEquals("2020-01-02", MetadataExtractor.isoDate("2020-01-02 03:04"));
        // A time out of range, or trailing text: the date before it still counts.
        assertEquals("2020-01-02", MetadataExtractor.isoDate("2020-01-02T25:04:05Z"));
        assertEquals("2020-01-02", MetadataExtractor.isoDate("2020-01-02T03:04:05.123-0800x"));
    }

    @Test
    void whatIsNoDateGivesNone() {
        assertNull(MetadataExtractor.isoDate("Jan 2, 2020"));
        assertNull(MetadataExtractor.isoDate("2020-02-30T03:04:05Z"));
        assertNull(MetadataExtractor.isoDate("2020-13-02"));
        assertNull(MetadataExtractor.isoDate(""));
        assertNull(MetadataExtractor.isoDate(null));
    }
}
