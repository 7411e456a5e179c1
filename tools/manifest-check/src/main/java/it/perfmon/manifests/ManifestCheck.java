package it.perfmon.manifests;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Kustomize directory checked with no cluster: its kustomization lists every manifest beside it, and each object in
 * them is valid against the Kubernetes 1.30 schema ({@link KubernetesSchema}) and consistent with the others
 * ({@link References}).
 */
public final class ManifestCheck {

    /** The fields of a kustomization this deployment uses; others (patches, generators) would need checking too. */
    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "labels", "resources",
            "images");

    private ManifestCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<String> errors = check(Path.of(args.length > 0 ? args[0] : "."));
        errors.forEach(System.err::println);
        if (!errors.isEmpty()) {
            System.exit(1);
        }
    }

    /** Every error found, each naming its file; none when the directory is fit to apply. */
    public static List<String> check(Path directory) throws IOException {
        List<String> errors = new ArrayList<>();
        Path kustomizationFile = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(kustomizationFile)) {
            return List.of(directory + ": no kustomization.yaml");
        }
        List<Object> kustomizations = load(kustomizationFile);
        if (kustomizations.size() != 1 || !(kustomizations.get(0) instanceof Map<?, ?> kustomization)) {
            return List.of("kustomization.yaml: one mapping expected");
        }
        for (Object field : kustomization.keySet()) {
            if (!KUSTOMIZATION_FIELDS.contains(String.valueOf(field))) {
                errors.add("kustomization.yaml: field not checked here: " + field);
            }
        }
        if (!"kustomize.config.k8s.io/v1beta1".equals(kustomization.get("apiVersion"))
                || !"Kustomization".equals(kustomization.get("kind"))) {
            errors.add("kustomization.yaml: apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization expected");
        }
        Set<String> listed = new TreeSet<>();
        if (kustomization.get("resources") instanceof List<?> resources) {
            resources.forEach(resource -> listed.add(String.valueOf(resource)));
        } else {
            errors.add("kustomization.yaml: resources must be a list of files");
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
                    .filter(name -> !name.equals("kustomization.yaml") && !listed.contains(name))
                    .sorted()
                    .forEach(name -> errors.add(name + ": not listed in kustomization.yaml, so never applied"));
        }
        Gson gson = new Gson();
        References references = new References();
        for (String name : listed) {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                errors.add("kustomization.yaml: " + name + " does not exist");
                continue;
            }
            List<Object> documents = load(file);
            for (int i = 0; i < documents.size(); i++) {
                if (documents.get(i) == null) {
                    continue;
                }
                String where = documents.size() == 1 ? name : name + " (document " + (i + 1) + ")";
                JsonElement object = gson.toJsonTree(documents.get(i));
                KubernetesSchema.check(object).forEach(error -> errors.add(where + ": " + error));
                references.add(where, object);
            }
        }
        errors.addAll(references.check());
        return errors;
    }

    private static List<Object> load(Path file) throws IOException {
        // Safe loading: plain maps, lists and scalars, no Java types named in the YAML.
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Object> documents = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file)) {
            yaml.loadAll(reader).forEach(documents::add);
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + ": not YAML: " + e.getMessage(), e);
        }
        return documents;
    }
}
