package it.perfmon.common;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Every setting of the service (perfmon.*), in one place; the MONITOR_* environment variables of the README map onto
 * these in application.properties. Safe to read at static init, where the REST layer creates its filters (BodySizeFilter):
 * every value comes from the environment and application.properties, which static init already sees.
 */
@StaticInitSafe
@ConfigMapping(prefix = "perfmon")
public interface PerfmonConfig {

    /**
     * The organisation of this deployment: local accounts, API tokens and new plans belong to it, and people signed
     * in at the OpenID Connect provider have their structures looked up there.
     */
    @WithName("default-organisation")
    @WithDefault("ARTI")
    String defaultOrganisation();

    Http http();

    Idempotency idempotency();

    Seed seed();

    Security security();

    @WithName("import")
    Imports imports();

    Mail mail();

    Reminders reminders();

    /**
     * Where people open the web app, e.g. {@code https://performance.agenzia.example}: the links of the e-mail point
     * there.
     */
    @WithName("web-url")
    @WithDefault("http://localhost:5173")
    String webUrl();

    Evidence evidence();

    Publication publication();

    /** Amministrazione trasparente: the open data's licence and contact, and the address the catalogue harvests. */
    interface Publication {

        /** The licence of the open data; CC BY 4.0 unless the agency chooses another. */
        @WithName("licence-url")
        @WithDefault("https://creativecommons.org/licenses/by/4.0/")
        String licenceUrl();

        @WithName("licence-name")
        @WithDefault("Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)")
        String licenceName();

        /** The office answering questions about the data, named in the DCAT-AP_IT contact point. */
        @WithName("contact-email")
        @WithDefault("trasparenza@localhost")
        String contactEmail();

        /** Where the public reaches the API, e.g. https://performance.agenzia.example; default the web app's address. */
        @WithName("base-url")
        Optional<String> baseUrl();
    }

    interface Http {

        /** Largest request body in bytes; uploads have their own limits (perfmon.import.max-bytes, perfmon.evidence.max-size). */
        @WithName("max-body")
        long maxBody();

        /** A body that stops arriving for this long is answered 408. */
        @WithName("body-idle-timeout")
        @WithDefault("10S")
        Duration bodyIdleTimeout();
    }

    interface Idempotency {

        /** Expired Idempotency-Keys are purged at most this often per replica. */
        @WithName("purge-interval")
        @WithDefault("1M")
        Duration purgeInterval();
    }

    interface Seed {

        /** Whether the 2021 ARTI plan is loaded at the first start. */
        boolean enabled();
    }

    interface Security {

        /** Whether plans and values can be read without signing in. */
        @WithName("public-read")
        @WithDefault("true")
        boolean publicRead();

        @WithName("admin-user")
        Optional<String> adminUser();

        @WithName("admin-password")
        Optional<String> adminPassword();

        /** Accepted as an administrator API token, for automation; unset by default. */
        @WithName("bootstrap-token")
        Optional<String> bootstrapToken();

        @WithName("session-idle")
        @WithDefault("PT2H")
        Duration sessionIdle();

        @WithName("session-max")
        @WithDefault("PT12H")
        Duration sessionMax();

        /** Off only for plain http on a developer's machine: the session cookie is then neither Secure nor __Host-. */
        @WithName("secure-cookie")
        @WithDefault("true")
        boolean secureCookie();

        /** Failed logins an address may make for one user before each further attempt waits (four times for all users). */
        @WithName("login-max-failures")
        @WithDefault("5")
        int loginMaxFailures();

        /** The wait after the allowance is spent; it doubles with every further failure. */
        @WithName("login-base-delay")
        @WithDefault("PT1S")
        Duration loginBaseDelay();

        /** The longest wait between two attempts, however many failures. */
        @WithName("login-max-delay")
        @WithDefault("PT15M")
        Duration loginMaxDelay();

        /** Failures are forgotten after this long without an attempt; longer than the longest wait. */
        @WithName("login-window")
        @WithDefault("PT1H")
        Duration loginWindow();

        /** Expired sessions and forgotten login attempts are purged at most this often per replica. */
        @WithName("purge-interval")
        @WithDefault("PT1M")
        Duration purgeInterval();

        Oidc oidc();
    }

    /** The role names expected among an OpenID Connect token's roles, and the claim listing structure codes. */
    interface Oidc {

        /** Whether provider tokens are accepted: Quarkus's own switch, read here so that it is read in one place. */
        @WithDefault("${quarkus.oidc.tenant-enabled:false}")
        boolean enabled();

        @WithDefault("administrator")
        String administratorRole();

        @WithDefault("editor")
        String editorRole();

        @WithDefault("viewer")
        String viewerRole();

        @WithDefault("oiv")
        String oivRole();

        @WithDefault("structures")
        String structuresClaim();

        /** The provider's issuer as browsers reach it, for the web app's sign-in. */
        Optional<String> publicIssuer();

        @WithDefault("perfmon-web")
        String webClientId();
    }

    /** Limits of Allegato A imports: a file is refused beyond any of them. */
    interface Imports {

        /** Largest file accepted, in bytes. */
        long maxBytes();

        /** Most lines of a text file, or rows of one sheet. */
        int maxRows();

        Xlsx xlsx();

        /** Limits of the zip reader of workbooks, against archives that expand without bound (zip bombs). */
        interface Xlsx {

            /** Smallest compressed/expanded size ratio of an entry (POI's ZipSecureFile). */
            double minInflateRatio();

            /** Largest expanded size of one entry of the archive, in bytes. */
            long maxEntryBytes();

            /** Most characters of text extracted from a workbook. */
            long maxTextChars();
        }
    }

    /**
     * The outbox and its relay (perfmon.mail.*, MONITOR_MAIL_*); the SMTP server itself is Quarkus Mailer's
     * (quarkus.mailer.*, MONITOR_SMTP_*).
     */
    interface Mail {

        /** The sender, e.g. {@code Monitoraggio della performance <performance@agenzia.example>}. */
        @WithDefault("Monitoraggio della performance <perfmon@localhost>")
        String from();

        /** How often each backend looks for messages to send ("off" stops the relay of this backend). */
        @WithName("relay-interval")
        @WithDefault("5s")
        String relayInterval();

        /** Messages one relay claims at a time. */
        @WithName("batch-size")
        @WithDefault("20")
        int batchSize();

        /** Attempts before a message is given up as FAILED. */
        @WithName("max-attempts")
        @WithDefault("30")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with every further one, up to retry-max. */
        @WithName("retry-base")
        @WithDefault("PT30S")
        Duration retryBase();

        @WithName("retry-max")
        @WithDefault("PT2H")
        Duration retryMax();

        /** How long one message may take to be accepted by the SMTP server before the attempt counts as failed. */
        @WithName("send-timeout")
        @WithDefault("PT20S")
        Duration sendTimeout();

        /**
         * How long a claimed message is left to its relay before another may claim it again: longer than a batch can
         * take to send (batch-size × send-timeout), or a slow batch would be sent twice.
         */
        @WithDefault("PT10M")
        Duration lease();
    }

    /**
     * The reminders (solleciti) of the monitoring cycle (perfmon.reminders.*, MONITOR_REMINDERS_*). A collection may set
     * its own lead days and frequency; these are the defaults.
     */
    interface Reminders {

        /** How often each backend looks for reminders due ("off" stops the job on this backend). */
        @WithDefault("15m")
        String every();

        /** Days before the deadline of the first reminder (0: none before the deadline day). */
        @WithName("lead-days")
        @WithDefault("3")
        @Min(0)
        @Max(60)
        int leadDays();

        /** Days between two reminders after the deadline, until the structure's part is submitted. */
        @WithName("every-days")
        @WithDefault("2")
        @Min(1)
        @Max(30)
        int everyDays();

        /** The time of day (Europe/Rome) before which the job sends nothing: no reminder at night. */
        @WithName("not-before")
        @WithDefault("08:00")
        LocalTime notBefore();
    }

    /** Evidence (elementi probativi) attached to results and phases. */
    interface Evidence {

        /** Largest file accepted, in bytes (20 MiB). */
        @WithName("max-size")
        @WithDefault("20971520")
        long maxSize();
    }
}
