package dev.precis.testing;

import java.net.URI;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** An S3-compatible server (s3proxy over an in-memory blob store) on a loopback port, with signed requests. */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "precis-test-access";
    public static final String SECRET_KEY = "precis-test-secret";
    public static final String REGION = "us-east-1";

    private final BlobStoreContext context;
    private final S3Proxy proxy;

    public S3Server() {
        context = ContextBuilder.newBuilder("transient").credentials(ACCESS_KEY, SECRET_KEY)
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A client for the test's own uploads and checks. */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint()).forcePathStyle(true)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            context.close();
        }
    }
}
