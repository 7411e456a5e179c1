package it.perfmon.evidence.service;

import it.perfmon.common.Jdbc;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The bytes of evidence, in evidence_content, a chunk of at most {@link #CHUNK_BYTES} per row: no statement is ever
 * larger than a chunk (whatever the server's max_allowed_packet), and neither an upload nor a download holds more than
 * a chunk of a file in memory.
 */
@ApplicationScoped
public class EvidenceContent {

    static final int CHUNK_BYTES = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(EvidenceContent.class);

    private final EntityManager em;
    private final DataSource dataSource;

    EvidenceContent(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Lower-case hexadecimal SHA-256 of the file. */
    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file as the evidence's content in the caller's transaction, with its metadata and audit entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(long evidenceId, Path file) {
        Jdbc.work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into evidence_content (evidence_id, chunk, bytes) values (?, ?, ?)");
                    InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[CHUNK_BYTES];
                int chunk = 0;
                for (int read = in.readNBytes(buffer, 0, CHUNK_BYTES); read > 0;
                        read = in.readNBytes(buffer, 0, CHUNK_BYTES)) {
                    insert.setLong(1, evidenceId);
                    insert.setInt(2, chunk++);
                    insert.setBytes(3, read == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, read));
                    executeChunk(insert);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A server whose max_allowed_packet is below a chunk's statement (a chunk escaped as text takes up to twice its
     * size) refuses it: the upload fails as a whole, with a problem that says what the server needs.
     */
    private static void executeChunk(PreparedStatement insert) throws SQLException {
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("max_allowed_packet")) {
                LOG.errorf("The database refused a chunk of evidence (%s): set its max_allowed_packet to at least "
                        + "4 MiB (MariaDB's default is 16 MiB)", e.getMessage());
                throw new ProblemException(500, ProblemType.INTERNAL, "Errore interno", "Il database rifiuta blocchi "
                        + "da 1 MiB (max_allowed_packet del server troppo basso: ne servono almeno 4 MiB); "
                        + "avvisare l'amministratore", null);
            }
            throw e;
        }
    }

    /**
     * Copies the content to the stream, each chunk read by a statement of its own on a pooled connection held only for
     * that statement, so that a slow client never holds a database connection for the length of its download. The
     * metadata and the content are removed together; a content removed half-way through a download (the evidence
     * deleted meanwhile) ends it with an error, and the client, which was promised the size in Content-Length,
     * sees a short body.
     */
    public void copyTo(long evidenceId, long size, OutputStream out) throws IOException {
        long written = 0;
        for (int chunk = 0; written < size; chunk++) {
            byte[] bytes = chunk(evidenceId, chunk);
            if (bytes == null) {
                throw new IOException("The content of evidence " + evidenceId + " ended at chunk " + chunk + " ("
                        + written + " of " + size + " bytes): removed during the download");
            }
            out.write(bytes);
            written += bytes.length;
        }
    }

    private byte[] chunk(long evidenceId, int chunk) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select bytes from evidence_content where evidence_id = ? and chunk = ?")) {
            select.setLong(1, evidenceId);
            select.setInt(2, chunk);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("Reading the content of evidence " + evidenceId + " failed", e);
        }
    }
}
