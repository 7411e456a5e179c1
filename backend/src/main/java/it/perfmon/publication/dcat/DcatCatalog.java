package it.perfmon.publication.dcat;

import static it.perfmon.publication.dcat.RdfGraph.iri;
import static it.perfmon.publication.dcat.RdfGraph.plain;
import static it.perfmon.publication.dcat.RdfGraph.text;
import static it.perfmon.publication.dcat.RdfGraph.typed;

import it.perfmon.publication.Licence;
import it.perfmon.publication.OpenDataFormat;
import it.perfmon.publication.PublishedPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The DCAT-AP_IT 1.1 description of the open data: one dcatapit:Catalog, one dcatapit:Dataset per closed period of a
 * published plan, one dcatapit:Distribution per format, with the properties the profile makes mandatory (and the
 * recommended issued date, language and download address), so that the national catalogue (dati.gov.it) can
 * harvest it.
 */
public final class DcatCatalog {

    public static final String TURTLE = "text/turtle";
    public static final String RDF_XML = "application/rdf+xml";
    public static final String CATALOG_PATH = "/api/v1/open-data/catalog";

    private static final String THEME_GOVERNMENT = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
    private static final String IRREGULAR = "http://publications.europa.eu/resource/authority/frequency/IRREG";
    private static final String ITALIAN = "http://publications.europa.eu/resource/authority/language/ITA";
    private static final String ATTRIBUTION = "http://purl.org/adms/licencetype/Attribution";
    private static final ZoneId AGENCY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALIAN);

    /** Who publishes: the organisation (its IPA code and name), its contact, and where the public reaches it. */
    public record Publisher(String ipaCode, String name, String contactEmail, String baseUrl, String homepage) {
    }

    private final Publisher publisher;
    private final Licence licence;
    private final RdfGraph graph = new RdfGraph();

    private DcatCatalog(Publisher publisher, Licence licence) {
        this.publisher = publisher;
        this.licence = licence;
    }

    public static String turtle(Publisher publisher, Licence licence, List<PublishedPeriod> periods, Instant fallback) {
        return RdfWriters.turtle(new DcatCatalog(publisher, licence).build(periods, fallback));
    }

    public static String rdfXml(Publisher publisher, Licence licence, List<PublishedPeriod> periods, Instant fallback) {
        return RdfWriters.rdfXml(new DcatCatalog(publisher, licence).build(periods, fallback));
    }

    /** The dataset's title, also the title of its files. */
    public static String datasetTitle(PublishedPeriod period) {
        return "Valori degli indicatori del Piano della performance " + period.planYear() + " di "
                + period.organisationName() + " al " + period.referenceDate().format(ITALIAN_DATE) + " ("
                + period.label() + ")";
    }

    private RdfGraph build(List<PublishedPeriod> periods, Instant fallback) {
        String catalog = absolute(CATALOG_PATH);
        String agent = catalog + "#publisher";
        Instant modified = periods.stream().map(PublishedPeriod::modified).max(Instant::compareTo).orElse(fallback);
        Instant issued = periods.stream().map(PublishedPeriod::published).min(Instant::compareTo).orElse(fallback);
        graph.add(catalog, "rdf:type", iri(RdfGraph.expand("dcatapit:Catalog")))
                .add(catalog, "rdf:type", iri(RdfGraph.expand("dcat:Catalog")))
                .add(catalog, "dct:title", text("Dati aperti della performance di " + publisher.name(), "it"))
                .add(catalog, "dct:description", text("I valori degli indicatori dei piani della performance di "
                        + publisher.name() + " a ogni monitoraggio chiuso e pubblicato in Amministrazione trasparente "
                        + "› Performance (D.Lgs. 33/2013).", "it"))
                .add(catalog, "dct:publisher", iri(agent))
                .add(catalog, "foaf:homepage", iri(publisher.homepage()))
                .add(catalog, "dct:language", iri(ITALIAN))
                .add(catalog, "dct:issued", date(issued))
                .add(catalog, "dct:modified", date(modified));
        for (PublishedPeriod period : periods) {
            graph.add(catalog, "dcat:dataset", iri(datasetIri(period)));
        }
        agent(agent);
        String contact = catalog + "#contact";
        graph.add(contact, "rdf:type", iri(RdfGraph.expand("dcatapit:Organization")))
                .add(contact, "rdf:type", iri(RdfGraph.expand("vcard:Organization")))
                .add(contact, "vcard:fn", plain(publisher.name()))
                .add(contact, "vcard:hasEmail", iri("mailto:" + publisher.contactEmail()));
        graph.add(licence.url(), "rdf:type", iri(RdfGraph.expand("dcatapit:LicenseDocument")))
                .add(licence.url(), "rdf:type", iri(RdfGraph.expand("dct:LicenseDocument")))
                .add(licence.url(), "dct:type", iri(ATTRIBUTION))
                .add(licence.url(), "foaf:name", text(licence.name(), "it"));
        for (PublishedPeriod period : periods) {
            dataset(period, agent, contact);
        }
        return graph;
    }

    private void agent(String agent) {
        graph.add(agent, "rdf:type", iri(RdfGraph.expand("dcatapit:Agent")))
                .add(agent, "rdf:type", iri(RdfGraph.expand("foaf:Agent")))
                .add(agent, "dct:identifier", plain(publisher.ipaCode()))
                .add(agent, "foaf:name", text(publisher.name(), "it"));
    }

    private void dataset(PublishedPeriod period, String agent, String contact) {
        String dataset = datasetIri(period);
        String title = datasetTitle(period);
        graph.add(dataset, "rdf:type", iri(RdfGraph.expand("dcatapit:Dataset")))
                .add(dataset, "rdf:type", iri(RdfGraph.expand("dcat:Dataset")))
                .add(dataset, "dct:identifier", plain(publisher.ipaCode() + ":" + period.periodId()))
                .add(dataset, "dct:title", text(title, "it"))
                .add(dataset, "dct:description", text("Per ogni indicatore del piano: area strategica, obiettivo, "
                        + "struttura responsabile, unità di misura, valore iniziale, target, valore conseguito, "
                        + "percentuale di raggiungimento e valutazione sintetica, come chiusi al monitoraggio del "
                        + period.referenceDate().format(ITALIAN_DATE) + ".", "it"))
                .add(dataset, "dcat:theme", iri(THEME_GOVERNMENT))
                .add(dataset, "dct:rightsHolder", iri(agent))
                .add(dataset, "dct:publisher", iri(agent))
                .add(dataset, "dct:accrualPeriodicity", iri(IRREGULAR))
                .add(dataset, "dct:issued", date(period.published()))
                .add(dataset, "dct:modified", date(period.modified()))
                .add(dataset, "dct:language", iri(ITALIAN))
                .add(dataset, "dcat:landingPage", iri(publisher.homepage()))
                .add(dataset, "dcat:contactPoint", iri(contact))
                .add(dataset, "dcat:keyword", text("performance", "it"))
                .add(dataset, "dcat:keyword", text("amministrazione trasparente", "it"));
        for (OpenDataFormat format : OpenDataFormat.values()) {
            graph.add(dataset, "dcat:distribution", iri(dataset + "#" + format.extension()));
        }
        for (OpenDataFormat format : OpenDataFormat.values()) {
            String distribution = dataset + "#" + format.extension();
            String file = absolute(format.path(period.periodId()));
            graph.add(distribution, "rdf:type", iri(RdfGraph.expand("dcatapit:Distribution")))
                    .add(distribution, "rdf:type", iri(RdfGraph.expand("dcat:Distribution")))
                    .add(distribution, "dct:title", text(title + " (" + format.name() + ")", "it"))
                    .add(distribution, "dct:description", text("I valori degli indicatori in formato " + format.name()
                            + ", licenza " + licence.name() + ".", "it"))
                    .add(distribution, "dct:format", iri(format.fileTypeIri()))
                    .add(distribution, "dcat:mediaType", plain(format.mediaType()))
                    .add(distribution, "dcat:accessURL", iri(file))
                    .add(distribution, "dcat:downloadURL", iri(file))
                    .add(distribution, "dct:license", iri(licence.url()))
                    .add(distribution, "dct:issued", date(period.published()))
                    .add(distribution, "dct:modified", date(period.modified()));
        }
    }

    private String datasetIri(PublishedPeriod period) {
        return absolute("/api/v1/open-data/periods/" + period.periodId());
    }

    private String absolute(String path) {
        return publisher.baseUrl() + path;
    }

    private static RdfGraph.Literal date(Instant instant) {
        return typed(LocalDate.ofInstant(instant, AGENCY).toString(), "xsd:date");
    }
}
