package dev.precis.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification by raw bytes: literals only, no lookups, no connections. */
class AddressClassifierTest {

    private final AddressClassifier classifier = new AddressClassifier();

    private AddressClass classify(String literal) throws UnknownHostException {
        return classifier.classify(InetAddress.getByName(literal));
    }

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED",
        "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "::1, LOOPBACK", "::, UNSPECIFIED",
        "10.0.0.1, PRIVATE", "10.255.255.255, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE",
        "192.168.1.1, PRIVATE",
        "169.254.169.254, LINK_LOCAL", "169.254.0.1, LINK_LOCAL", "fe80::1, LINK_LOCAL",
        "100.64.0.1, CARRIER_NAT", "100.127.255.255, CARRIER_NAT",
        "fc00::1, UNIQUE_LOCAL", "fd12:3456::1, UNIQUE_LOCAL",
        "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
        "255.255.255.255, BROADCAST", "240.0.0.1, RESERVED", "192.0.2.1, RESERVED", "198.18.0.1, RESERVED",
        "::ffff:127.0.0.1, LOOPBACK", "::ffff:10.0.0.1, PRIVATE",
        "::127.0.0.1, EMBEDDED_IPV4", "64:ff9b::7f00:1, EMBEDDED_IPV4", "2002:7f00:1::1, EMBEDDED_IPV4",
        "2001:0:4136:e378::1, EMBEDDED_IPV4", "2001:db8::1, RESERVED"
    })
    void refusesEveryNonPublicRange(String literal, AddressClass expected) throws UnknownHostException {
        // Java turns ::ffff:a.b.c.d literals into the IPv4 address itself, which is classified as such.
        assertEquals(expected, classify(literal));
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "169.253.0.1",
        "2606:4700:4700::1111", "2a00:1450:4001:81b::200e"})
    void acceptsPublicAddresses(String literal) throws UnknownHostException {
        assertEquals(AddressClass.PUBLIC, classify(literal));
    }

    @ParameterizedTest
    @CsvSource({
        "3fff::1, RESERVED", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff, RESERVED",
        "2001:2::1, RESERVED", "2001:2:0:ffff::1, RESERVED",
        "2001:10::1, RESERVED", "2001:1f:ffff::1, RESERVED", "2001:20::1, RESERVED", "2001:2f:ffff::1, RESERVED",
        "2001:30::1, RESERVED", "2001:1::1, RESERVED", "2001:3::1, RESERVED", "2001:4:112::1, RESERVED",
        "2001:1ff::1, RESERVED", "2620:4f:8000::1, RESERVED", "5f00::1, RESERVED", "100::1, RESERVED",
        "64:ff9b:1::a00:1, EMBEDDED_IPV4", "fec0::1, UNIQUE_LOCAL",
        "192.0.0.9, RESERVED", "192.0.0.170, RESERVED", "192.31.196.1, RESERVED", "192.52.193.1, RESERVED",
        "192.175.48.1, RESERVED", "192.88.99.1, RESERVED", "198.19.255.255, RESERVED", "203.0.113.9, RESERVED"
    })
    void specialPurposeBlocksOfBothRegistriesAreRefused(String literal, AddressClass expected)
            throws UnknownHostException {
        assertEquals(expected, classify(literal));
    }

    @ParameterizedTest
    @CsvSource({"3fff:1000::1", "2001:200::1", "2001:4860:4860::8888", "2620:4f:8001::1", "2001:dc8::1",
        "192.0.1.1", "192.31.197.1", "198.20.0.1", "223.255.255.255"})
    void neighboursOfSpecialBlocksArePublic(String literal) throws UnknownHostException {
        assertEquals(AddressClass.PUBLIC, classify(literal));
    }

    @Test
    void everyRowCitesItsRfcAndRefusesItsFirstAndLastAddress() throws UnknownHostException {
        assertTrue(AddressClassifier.table().size() >= 50, "both registries, whole");
        for (AddressClassifier.Row row : AddressClassifier.table()) {
            assertTrue(row.rfc().matches("RFC [1-9][0-9]*"), row.block() + " cites " + row.rfc());
            byte[] first = row.network().clone();
            byte[] last = row.network().clone();
            for (int bit = row.prefix(); bit < last.length * 8; bit++) {
                last[bit / 8] |= (byte) (0x80 >>> (bit % 8));
            }
            assertNotEquals(AddressClass.PUBLIC, classifier.classify(InetAddress.getByAddress(first)), row.block());
            assertNotEquals(AddressClass.PUBLIC, classifier.classify(InetAddress.getByAddress(last)), row.block());
        }
    }
}
