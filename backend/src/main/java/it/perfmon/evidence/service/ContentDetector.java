package it.perfmon.evidence.service;

import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.evidence.EvidenceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.detect.zip.OpenDocumentDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells an uploaded file's type from its bytes with Apache Tika, never from its name or the type the client declared,
 * and accepts it only when it is one of the {@link EvidenceType}s and its name says the same: a file named
 * {@code fattura.pdf} must be a PDF. Tika's magic numbers tell PDF, PNG, JPEG, OpenDocument (whose first entry names its
 * type) and executables apart; inside a zip, its container detectors tell a DOCX from an XLSX by the package's content
 * types. Nothing is given a resource name, so the name never sways the detection.
 */
@ApplicationScoped
public class ContentDetector {

    /** What a CSV is by content: text that no magic number claims for a more specific type (HTML, XML, a script). */
    private static final MediaType TEXT = MediaType.TEXT_PLAIN;
    private static final List<MediaType> EXECUTABLES = List.of(MediaType.application("x-msdownload"),
            MediaType.application("x-elf"), MediaType.application("x-sh"), MediaType.application("java-vm"),
            MediaType.application("x-executable"));

    /** Office formats other than those accepted: presentations, old binary documents, macro-enabled ones. */
    private static final List<MediaType> OFFICE = List.of(MediaType.application("x-tika-ooxml"),
            MediaType.application("x-tika-msoffice"));

    private final Detector detector;
    private final MediaTypeRegistry registry;

    ContentDetector() {
        MimeTypes magic = MimeTypes.getDefaultMimeTypes();
        this.registry = magic.getMediaTypeRegistry();
        // Listed rather than looked up with the ServiceLoader, so that only these two container detectors run.
        Detector containers = new DefaultZipContainerDetector(List.of(new OPCPackageDetector(), new OpenDocumentDetector()));
        this.detector = new CompositeDetector(registry, List.of(containers, magic));
    }

    /** The media type of the file's content, without parameters. */
    public MediaType detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's type, or 415 naming the field and saying why it is refused. */
    public EvidenceType require(String fileName, Path file) {
        Optional<EvidenceType> named = extension(fileName).flatMap(EvidenceType::ofExtension);
        if (named.isEmpty()) {
            throw unsupported("Il nome «" + fileName + "» non termina con l'estensione di un tipo ammesso ("
                    + EvidenceType.allExtensions() + ")");
        }
        MediaType detected = detect(file);
        Optional<EvidenceType> found = TEXT.equals(detected) ? Optional.of(EvidenceType.CSV)
                : EvidenceType.ofMediaType(detected.toString());
        if (found.isEmpty()) {
            throw unsupported("Il contenuto di «" + fileName + "» è " + describe(detected) + " (" + detected + "), non "
                    + named.get().label() + "; sono ammessi PDF, ODT, DOCX, ODS, XLSX, CSV, PNG e JPEG");
        }
        if (found.get() != named.get()) {
            throw unsupported("Il contenuto di «" + fileName + "» è " + found.get().label() + " (" + detected + "), non "
                    + named.get().label() + " come dice il nome: rinominarlo con l'estensione ."
                    + found.get().extensions().get(0));
        }
        return found.get();
    }

    private String describe(MediaType type) {
        if (EXECUTABLES.stream().anyMatch(e -> e.equals(type) || registry.isSpecializationOf(type, e))
                || type.getSubtype().startsWith("x-mach-o")) {
            return "un eseguibile";
        }
        if (OFFICE.stream().anyMatch(o -> o.equals(type) || registry.isSpecializationOf(type, o))
                || type.getSubtype().startsWith("vnd.oasis.opendocument.")) {
            return "un documento d'ufficio di un altro tipo";
        }
        if (type.equals(MediaType.APPLICATION_ZIP) || registry.isSpecializationOf(type, MediaType.APPLICATION_ZIP)) {
            return "un archivio compresso";
        }
        if (type.equals(MediaType.OCTET_STREAM)) {
            return "di un tipo non riconosciuto";
        }
        return "di un tipo non ammesso";
    }

    private static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? Optional.empty() : Optional.of(fileName.substring(dot + 1));
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Tipo di file non ammesso", detail,
                List.of(new FieldError("file", detail)));
    }
}
