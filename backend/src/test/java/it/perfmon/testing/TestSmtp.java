package it.perfmon.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

/**
 * The real SMTP server of the tests (GreenMail on a free loopback port), which can be stopped and started again on
 * the same port to play an outage. Tests get it in a field annotated {@link Inject}.
 */
public final class TestSmtp {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private ServerSetup setup;
    private GreenMail server;

    TestSmtp() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        setup = new ServerSetup(server.getSmtp().getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    public int port() {
        return setup.getPort();
    }

    /** Down: connections to its port are refused. */
    public synchronized void stop() {
        server.stop();
    }

    /** Up again on the same port, with no messages. */
    public synchronized void start() {
        server = new GreenMail(setup);
        server.start();
    }

    public synchronized boolean isRunning() {
        return server.isRunning();
    }

    /** The messages received so far with this recipient among their To addresses. */
    public synchronized List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
