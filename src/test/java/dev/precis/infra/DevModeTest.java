package dev.precis.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** What ./mvnw quarkus:dev starts with: no Docker probing, no analytics question. */
class DevModeTest {

    @Test
    void devModeNeedsNoDockerAndAsksNothing() throws IOException {
        Properties app = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        // Dev Services probe for Docker (Testcontainers' "Could not find a valid Docker environment").
        assertEquals("false", app.getProperty("quarkus.devservices.enabled"));
        // The analytics prompt reads a JVM system property of Maven itself, hence .mvn/jvm.config.
        assertTrue(Files.readString(Path.of(".mvn/jvm.config")).contains("-Dquarkus.analytics.disabled=true"));
    }
}
