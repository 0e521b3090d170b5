package io.jnewman.http;

import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;

/** Per test: a MockWebServer on loopback and an executor with default settings, both closed after the test. */
final class LoopbackHttp implements BeforeEachCallback, AfterEachCallback {
    private MockWebServer server;
    private OkHttpExecutor executor;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
        executor = OkHttpExecutor.create(HttpSettings.defaults());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        executor.close();
        server.shutdown();
    }

    MockWebServer server() {
        return server;
    }

    OkHttpExecutor executor() {
        return executor;
    }

    /** http://localhost:port followed by {@code pathAndQuery}. */
    String url(String pathAndQuery) {
        return "http://localhost:" + server.getPort() + pathAndQuery;
    }
}
