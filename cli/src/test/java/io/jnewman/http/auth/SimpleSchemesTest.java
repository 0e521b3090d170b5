package io.jnewman.http.auth;

import org.junit.jupiter.api.Test;

import static io.jnewman.http.auth.Signing.auth;
import static io.jnewman.http.auth.Signing.request;
import static org.assertj.core.api.Assertions.assertThat;

class SimpleSchemesTest {
    @Test
    void basicEncodesUsernameAndPasswordAsUtf8() throws Exception {
        SigningRequest r = new BasicAuth().sign(request("GET", "http://h/"), auth("basic", "username", "ü", "password", "p:w"));
        assertThat(r.request().header("Authorization")).isEqualTo("Basic w7w6cDp3");
        SigningRequest empty = new BasicAuth().sign(request("GET", "http://h/"), auth("basic"));
        assertThat(empty.request().header("Authorization")).isEqualTo("Basic Og==");
    }

    @Test
    void bearerSendsTheTokenAndNothingWhenItIsEmpty() throws Exception {
        assertThat(new BearerAuth().sign(request("GET", "http://h/"), auth("bearer", "token", "abc"))
                .request().header("Authorization")).isEqualTo("Bearer abc");
        assertThat(new BearerAuth().sign(request("GET", "http://h/"), auth("bearer", "token", ""))
                .request().header("Authorization")).isNull();
    }

    @Test
    void apiKeyGoesToAHeaderByDefaultOrToTheQuery() throws Exception {
        SigningRequest header = new ApiKeyAuth().sign(request("GET", "http://h/"), auth("apikey", "key", "X-Key", "value", "s"));
        assertThat(header.request().header("x-key")).isEqualTo("s");
        SigningRequest query = new ApiKeyAuth().sign(request("GET", "http://h/p?a=1&k=old"),
                auth("apikey", "key", "k", "value", "new", "in", "query"));
        assertThat(query.wireUrl()).isEqualTo("http://h/p?a=1&k=new");
    }

    @Test
    void oauth2InjectsAStoredTokenWithItsPrefixOrAsAccessTokenParameter() throws Exception {
        OAuth2Auth oauth2 = new OAuth2Auth(null);
        assertThat(oauth2.sign(request("GET", "http://h/"), auth("oauth2", "accessToken", "t1"))
                .request().header("Authorization")).isEqualTo("Bearer t1");
        assertThat(oauth2.sign(request("GET", "http://h/"), auth("oauth2", "accessToken", "t1", "headerPrefix", " Token "))
                .request().header("Authorization")).isEqualTo("Token t1");
        assertThat(oauth2.sign(request("GET", "http://h/"), auth("oauth2", "accessToken", "t1", "addTokenTo", "queryParams"))
                .wireUrl()).isEqualTo("http://h/?access_token=t1");
        assertThat(oauth2.sign(request("GET", "http://h/"), auth("oauth2", "accessToken", "t1", "tokenType", "mac"))
                .request().header("Authorization")).isNull();
    }

    @Test
    void noauthChangesNothing() throws Exception {
        SigningRequest r = request("GET", "http://h/");
        assertThat(new NoAuth().sign(r, auth("noauth"))).isSameAs(r);
    }
}
