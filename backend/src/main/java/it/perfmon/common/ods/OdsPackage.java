package it.perfmon.common.ods;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The package of an OpenDocument spreadsheet (OASIS ODF 1.3): the uncompressed mimetype first, the manifest, the
 * metadata (title and creator) and the content written by the caller, with the JDK's XML writer. Shared by the
 * Allegato A and the open data so that both files are packaged alike.
 */
public final class OdsPackage {

    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    public static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    public static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    public static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private OdsPackage() {
    }

    /** Writes the XML of content.xml, from its root element down. */
    public interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    public static void write(OutputStream out, String title, String creator, Content content) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // The mimetype comes first and uncompressed, so that tools recognise the package from its first bytes.
        byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
        part(zip, "META-INF/manifest.xml", OdsPackage::manifest);
        part(zip, "meta.xml", xml -> meta(xml, title, creator));
        part(zip, "content.xml", content);
        zip.finish();
    }

    private static void part(ZipOutputStream zip, String name, Content part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            part.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("ODS part " + name + " not written", e);
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes.toByteArray());
        zip.closeEntry();
    }

    private static void manifest(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("manifest", "manifest", MANIFEST);
        xml.writeNamespace("manifest", MANIFEST);
        xml.writeAttribute("manifest", MANIFEST, "version", "1.3");
        fileEntry(xml, "/", MEDIA_TYPE);
        fileEntry(xml, "content.xml", "text/xml");
        fileEntry(xml, "meta.xml", "text/xml");
        xml.writeEndElement();
    }

    private static void fileEntry(XMLStreamWriter xml, String path, String type) throws XMLStreamException {
        xml.writeEmptyElement("manifest", "file-entry", MANIFEST);
        xml.writeAttribute("manifest", MANIFEST, "full-path", path);
        if (path.equals("/")) {
            xml.writeAttribute("manifest", MANIFEST, "version", "1.3");
        }
        xml.writeAttribute("manifest", MANIFEST, "media-type", type);
    }

    private static void meta(XMLStreamWriter xml, String title, String creator) throws XMLStreamException {
        xml.writeStartElement("office", "document-meta", OFFICE);
        xml.writeNamespace("office", OFFICE);
        xml.writeNamespace("meta", META);
        xml.writeNamespace("dc", DC);
        xml.writeAttribute("office", OFFICE, "version", "1.3");
        xml.writeStartElement("office", "meta", OFFICE);
        xml.writeStartElement("dc", "title", DC);
        xml.writeCharacters(title);
        xml.writeEndElement();
        xml.writeStartElement("meta", "initial-creator", META);
        xml.writeCharacters(creator);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * One paragraph per line. ODF collapses runs of spaces and drops tabs in text, so they are written as
     * {@code text:s} and {@code text:tab} elements, which keeps every text exactly as it was.
     */
    public static void paragraphs(XMLStreamWriter xml, String value) throws XMLStreamException {
        for (String line : value.split("\r\n|\n|\r", -1)) {
            xml.writeStartElement("text", "p", TEXT);
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '\t') {
                    flush(xml, run);
                    xml.writeEmptyElement("text", "tab", TEXT);
                } else if (ch == ' ' && (i == 0 || line.charAt(i - 1) == ' ' || i == line.length() - 1)) {
                    int spaces = 1;
                    while (i + spaces < line.length() && line.charAt(i + spaces) == ' ') {
                        spaces++;
                    }
                    flush(xml, run);
                    xml.writeEmptyElement("text", "s", TEXT);
                    if (spaces > 1) {
                        xml.writeAttribute("text", TEXT, "c", Integer.toString(spaces));
                    }
                    i += spaces - 1;
                } else if (ch < 0x20) {
                    // Other control characters are not allowed in XML 1.0.
                    flush(xml, run);
                } else {
                    run.append(ch);
                }
            }
            flush(xml, run);
            xml.writeEndElement();
        }
    }

    private static void flush(XMLStreamWriter xml, StringBuilder run) throws XMLStreamException {
        if (!run.isEmpty()) {
            xml.writeCharacters(run.toString());
            run.setLength(0);
        }
    }
}
