package it.perfmon.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The messages to this recipient, one per Message-ID, in the order they first arrived. The relay delivers at least
     * once: a send it gave up on (a timeout on a loaded machine) that the server accepted after all comes again under
     * the same Message-ID, as mail programs expect; a second message of the application has another Message-ID.
     */
    public synchronized List<MimeMessage> distinctMessagesTo(String address) {
        Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage message : messagesTo(address)) {
            try {
                byId.putIfAbsent(message.getMessageID(), message);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(byId.values());
    }

    /** A message's parts by content type (text/plain, text/html), line ends as the message carries them. */
    public static Map<String, String> parts(MimeMessage message) {
        try {
            Map<String, String> parts = new HashMap<>();
            if (!(message.getContent() instanceof MimeMultipart multipart)) {
                parts.put(message.getContentType().split(";")[0].strip().toLowerCase(), (String) message.getContent());
                return parts;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                parts.put(part.getContentType().split(";")[0].strip().toLowerCase(), (String) part.getContent());
            }
            return parts;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
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
