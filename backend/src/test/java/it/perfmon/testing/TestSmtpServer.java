package it.perfmon.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * Starts the tests' SMTP server ({@link TestSmtp}) once for every Quarkus start, whatever the test profile (GLOBAL:
 * no extra restart), and points Quarkus Mailer at it.
 */
@WithTestResource(value = TestSmtpServer.class, scope = TestResourceScope.GLOBAL)
public class TestSmtpServer implements QuarkusTestResourceLifecycleManager {

    private TestSmtp smtp;

    @Override
    public Map<String, String> start() {
        smtp = new TestSmtp();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtp.port()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(smtp, new TestInjector.AnnotatedAndMatchesType(TestSmtp.Inject.class, TestSmtp.class));
    }

    @Override
    public void stop() {
        if (smtp != null && smtp.isRunning()) {
            smtp.stop();
        }
    }
}
