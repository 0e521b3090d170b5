package io.jnewman.http.auth;

import org.junit.jupiter.api.Test;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;

/** Cases from the AWS Signature Version 4 test suite (credentials AKIDEXAMPLE, 2015-08-30T12:36:00Z). */
class AwsV4AuthTest {
    private final AwsV4Auth aws = new AwsV4Auth(Signing.at("2015-08-30T12:36:00Z"));
    private static final String[] CREDENTIALS = {"accessKey", "AKIDEXAMPLE", "secretKey",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "region", "us-east-1", "service", "service"};

    private String authorization(String method, String url) throws Exception {
        return aws.sign(Signing.request(method, url), auth("awsv4", CREDENTIALS)).request().header("Authorization");
    }

    @Test
    void getVanilla() throws Exception {
        assertThat(authorization("GET", "https://example.amazonaws.com/")).isEqualTo("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void postVanilla() throws Exception {
        assertThat(authorization("POST", "https://example.amazonaws.com/"))
                .endsWith("Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    @Test
    void getVanillaQueryOrderKeyCase() throws Exception {
        assertThat(authorization("GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1"))
                .endsWith("Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    @Test
    void sessionTokenAndBodyHashAreSignedHeaders() throws Exception {
        SigningRequest signed = aws.sign(Signing.request("PUT", "https://bucket.s3.amazonaws.com/k", "data", "text/plain"),
                auth("awsv4", "accessKey", "AK", "secretKey", "SK", "service", "s3", "sessionToken", "TOKEN"));
        assertThat(signed.request().header("X-Amz-Security-Token")).isEqualTo("TOKEN");
        assertThat(signed.request().header("X-Amz-Content-Sha256"))
                .isEqualTo("3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7");
        assertThat(signed.request().header("X-Amz-Date")).isEqualTo("20150830T123600Z");
        assertThat(signed.request().header("Authorization"))
                .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token");
    }

    @Test
    void presignedS3UrlsUseUnsignedPayloadAndQueryParameters() throws Exception {
        SigningRequest signed = aws.sign(Signing.request("GET", "https://bucket.s3.amazonaws.com/k"),
                auth("awsv4", "accessKey", "AK", "secretKey", "SK", "service", "s3", "addAuthDataToQuery", "true"));
        assertThat(signed.request().header("Authorization")).isNull();
        assertThat(signed.wireUrl()).contains("X-Amz-Expires=86400").contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
                .contains("X-Amz-Credential=AK%2F20150830%2Fus-east-1%2Fs3%2Faws4_request")
                .contains("X-Amz-SignedHeaders=host").containsPattern("X-Amz-Signature=[0-9a-f]{64}");
    }
}
