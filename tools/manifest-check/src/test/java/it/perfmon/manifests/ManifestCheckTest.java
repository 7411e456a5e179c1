package it.perfmon.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in manifests pass; copies of them broken in one place each are refused, naming the place. */
class ManifestCheckTest {

    private static final Path MANIFESTS = Path.of("../../deploy/kubernetes");

    @TempDir
    Path copy;

    @Test
    void shouldAcceptTheCheckedInManifests() throws IOException {
        assertEquals(List.of(), ManifestCheck.check(MANIFESTS));
    }

    @Test
    void shouldRefuseAnUnknownField() throws IOException {
        List<String> errors = checkWith("backend-deployment.yaml", "  replicas: 2\n", "  replicas: 2\n  replica: 2\n");
        assertNamed(errors, "backend-deployment.yaml", "replica");
    }

    @Test
    void shouldRefuseAnUnknownFieldDeepInAPod() throws IOException {
        List<String> errors = checkWith("backend-deployment.yaml", "readOnlyRootFilesystem: true",
                "readOnlyRootFileSystem: true");
        assertNamed(errors, "backend-deployment.yaml", "readOnlyRootFileSystem");
    }

    @Test
    void shouldRefuseAWrongType() throws IOException {
        List<String> errors = checkWith("backend-deployment.yaml", "  replicas: 2\n", "  replicas: two\n");
        assertNamed(errors, "backend-deployment.yaml", "two");
    }

    @Test
    void shouldRefuseANumberWrittenAsAString() throws IOException {
        List<String> errors = checkWith("backend-deployment.yaml", "containerPort: 8080", "containerPort: \"8080\"");
        assertNamed(errors, "backend-deployment.yaml", "containerPort");
    }

    @Test
    void shouldRefuseAStringWrittenAsANumber() throws IOException {
        List<String> errors = checkWith("backend-config.yaml", "MONITOR_SMTP_PORT: \"587\"", "MONITOR_SMTP_PORT: 587");
        assertNamed(errors, "backend-config.yaml", "MONITOR_SMTP_PORT");
    }

    @Test
    void shouldRefuseAMissingRequiredField() throws IOException {
        List<String> errors = checkWith("ingress.yaml", "            pathType: Prefix\n", "");
        assertNamed(errors, "ingress.yaml", "pathType");
    }

    @Test
    void shouldRefuseAKindThatKubernetes130DoesNotServe() throws IOException {
        List<String> errors = checkWith("ingress.yaml", "apiVersion: networking.k8s.io/v1\n",
                "apiVersion: extensions/v1beta1\n");
        assertNamed(errors, "ingress.yaml", "extensions/v1beta1");
    }

    @Test
    void shouldRefuseASelectorThatMissesItsPods() throws IOException {
        List<String> errors = checkWith("backend-service.yaml", "    app.kubernetes.io/name: perfmon-backend\n",
                "    app.kubernetes.io/name: perfmon-bakend\n");
        assertNamed(errors, "backend-service.yaml", "perfmon-bakend");
    }

    @Test
    void shouldRefuseAnIngressToAMissingPort() throws IOException {
        List<String> errors = checkWith("ingress.yaml", "                  name: http\n",
                "                  name: https\n");
        assertNamed(errors, "ingress.yaml", "https");
    }

    @Test
    void shouldRefuseAManifestLeftOutOfTheKustomization() throws IOException {
        List<String> errors = checkWith("kustomization.yaml", "  - web-pdb.yaml\n", "");
        assertNamed(errors, "web-pdb.yaml", "not listed");
    }

    private List<String> checkWith(String file, String original, String broken) throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path source : files.toList()) {
                Files.copy(source, copy.resolve(source.getFileName()));
            }
        }
        Path target = copy.resolve(file);
        String text = Files.readString(target);
        assertTrue(text.contains(original), file + " no longer contains " + original + ": update this test");
        Files.writeString(target, text.replace(original, broken));
        return ManifestCheck.check(copy);
    }

    private static void assertNamed(List<String> errors, String file, String what) {
        assertTrue(errors.stream().anyMatch(error -> error.startsWith(file) && error.contains(what)),
                "expected an error in " + file + " naming " + what + ", got " + errors);
    }
}
