package it.perfmon.manifests;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the schema cannot say and the cluster would only show once applied: a Deployment whose selector misses its own
 * pods, a Service, budget or Ingress that points at nothing, a ConfigMap mounted but never created. Secrets are created
 * by hand (README), so references to them are not checked.
 */
final class References {

    private record Found(String where, JsonObject object) {
    }

    private final List<Found> objects = new ArrayList<>();

    void add(String where, JsonElement object) {
        if (object.isJsonObject()) {
            objects.add(new Found(where, object.getAsJsonObject()));
        }
    }

    List<String> check() {
        List<String> errors = new ArrayList<>();
        List<Map<String, String>> podLabels = new ArrayList<>();
        Map<String, JsonObject> services = new HashMap<>();
        List<String> configMaps = new ArrayList<>();
        for (Found found : objects) {
            switch (kind(found)) {
                case "Deployment", "StatefulSet" -> {
                    Map<String, String> labels = strings(at(found.object(), "spec", "template", "metadata", "labels"));
                    podLabels.add(labels);
                    if (!selects(strings(at(found.object(), "spec", "selector", "matchLabels")), labels)) {
                        errors.add(found.where() + ": spec.selector does not select the pods of spec.template");
                    }
                }
                case "Service" -> services.put(name(found), found.object());
                case "ConfigMap" -> configMaps.add(name(found));
                default -> {
                }
            }
        }
        for (Found found : objects) {
            switch (kind(found)) {
                case "Service" -> requirePods(found, strings(at(found.object(), "spec", "selector")), podLabels, errors);
                case "PodDisruptionBudget" ->
                    requirePods(found, strings(at(found.object(), "spec", "selector", "matchLabels")), podLabels, errors);
                case "Ingress" -> checkIngress(found, services, errors);
                case "Deployment", "StatefulSet" -> checkConfigMaps(found, configMaps, errors);
                default -> {
                }
            }
        }
        return errors;
    }

    private static void requirePods(Found found, Map<String, String> selector, List<Map<String, String>> podLabels,
            List<String> errors) {
        if (selector.isEmpty() || podLabels.stream().noneMatch(labels -> selects(selector, labels))) {
            errors.add(found.where() + ": its selector " + selector + " selects no pods of these manifests");
        }
    }

    private static void checkIngress(Found found, Map<String, JsonObject> services, List<String> errors) {
        JsonElement rules = at(found.object(), "spec", "rules");
        if (rules == null || !rules.isJsonArray()) {
            return;
        }
        for (JsonElement rule : rules.getAsJsonArray()) {
            JsonElement paths = at(rule, "http", "paths");
            if (paths == null || !paths.isJsonArray()) {
                continue;
            }
            for (JsonElement path : paths.getAsJsonArray()) {
                String service = string(at(path, "backend", "service", "name"));
                String port = string(at(path, "backend", "service", "port", "name"));
                JsonObject target = services.get(service);
                if (target == null) {
                    errors.add(found.where() + ": no Service " + service);
                } else if (port != null && !portNames(target).contains(port)) {
                    errors.add(found.where() + ": Service " + service + " has no port named " + port);
                }
            }
        }
    }

    private static void checkConfigMaps(Found found, List<String> configMaps, List<String> errors) {
        JsonElement pod = at(found.object(), "spec", "template", "spec");
        List<String> used = new ArrayList<>();
        for (JsonElement volume : array(at(pod, "volumes"))) {
            used.add(string(at(volume, "configMap", "name")));
        }
        for (JsonElement container : array(at(pod, "containers"))) {
            for (JsonElement source : array(at(container, "envFrom"))) {
                used.add(string(at(source, "configMapRef", "name")));
            }
        }
        used.stream().filter(name -> name != null && !configMaps.contains(name))
                .forEach(name -> errors.add(found.where() + ": no ConfigMap " + name));
    }

    private static List<String> portNames(JsonObject service) {
        List<String> names = new ArrayList<>();
        for (JsonElement port : array(at(service, "spec", "ports"))) {
            names.add(string(at(port, "name")));
        }
        return names;
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static String kind(Found found) {
        String kind = string(at(found.object(), "kind"));
        return kind == null ? "" : kind;
    }

    private static String name(Found found) {
        return string(at(found.object(), "metadata", "name"));
    }

    private static JsonElement at(JsonElement element, String... path) {
        JsonElement current = element;
        for (String step : path) {
            if (current == null || !current.isJsonObject()) {
                return null;
            }
            current = current.getAsJsonObject().get(step);
        }
        return current;
    }

    private static Iterable<JsonElement> array(JsonElement element) {
        return element != null && element.isJsonArray() ? element.getAsJsonArray() : List.of();
    }

    private static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static Map<String, String> strings(JsonElement element) {
        Map<String, String> values = new HashMap<>();
        if (element != null && element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(entry -> values.put(entry.getKey(), string(entry.getValue())));
        }
        return values;
    }
}
