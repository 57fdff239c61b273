package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.precis.function.ingest.S3ObjectStore;
import dev.precis.function.slack.LambdaDeferrer;

/**
 * What the SnapStart init does for the slack and ingest exports: build the SDK clients, with
 * Lambda's environment (a region) and no call to AWS, so the snapshot holds them ready.
 */
class SdkClientsWarmTest {

    @Test
    void theClientsBuildFromTheEnvironmentWithoutCallingAws() {
        if (System.getProperty("aws.region") == null) {
            System.setProperty("aws.region", "us-east-1");
        }
        assertDoesNotThrow(() -> new LambdaDeferrer("precis-slack", Optional.of("live"), Optional.empty()).warm());
        assertDoesNotThrow(() -> S3ObjectStore.create(Optional.empty()).warm());
    }
}
