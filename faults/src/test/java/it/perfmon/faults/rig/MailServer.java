package it.perfmon.faults.rig;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The rig's SMTP server: GreenMail on a free loopback port, in the tests' JVM, where the tests read what arrived. */
public final class MailServer implements AutoCloseable {

    private final GreenMail server;
    private final int port;

    private MailServer(GreenMail server, int port) {
        this.server = server;
        this.port = port;
    }

    static MailServer start() throws IOException {
        int port = PrivateMariaDb.freePort();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new MailServer(server, port);
    }

    public int port() {
        return port;
    }

    /** The messages received so far with this recipient among theirs. */
    public List<MimeMessage> messagesTo(String address) {
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

    @Override
    public void close() {
        server.stop();
    }

    @Override
    public String toString() {
        return "GreenMail on 127.0.0.1:" + port;
    }
}
