package dev.precis.function;

import java.util.Map;

import dev.precis.testing.S3Server;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the in-process S3 server for the ingest tests and points the function's S3 client at
 * it. Credentials and region reach the SDK the way Lambda gives them, through its default chain.
 */
public class S3Resource implements QuarkusTestResourceLifecycleManager {

    static volatile S3Server server;

    @Override
    public Map<String, String> start() {
        server = new S3Server();
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
        System.setProperty("aws.region", S3Server.REGION);
        return Map.of("precis.s3.endpoint", server.endpoint().toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
