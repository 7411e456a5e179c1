package it.perfmon.manifests;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One object against the schema of its kind in Kubernetes 1.30, as the official Java client's models hold it.
 *
 * <p>The models refuse unknown fields and missing required ones while they read; Gson would quietly turn "2" into 2
 * or 8080 into "8080", which the API server refuses, so the object is also written back and compared with what was
 * read: any value that changed type on the way is reported.
 */
final class KubernetesSchema {

    /** The kinds a deployment of this product may use; another kind is refused until it is added here. */
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", V1ConfigMap.class),
            Map.entry("v1/Secret", V1Secret.class),
            Map.entry("v1/Service", V1Service.class),
            Map.entry("v1/ServiceAccount", V1ServiceAccount.class),
            Map.entry("apps/v1/Deployment", V1Deployment.class),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet.class),
            Map.entry("batch/v1/Job", V1Job.class),
            Map.entry("batch/v1/CronJob", V1CronJob.class),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class));

    private KubernetesSchema() {
    }

    static List<String> check(JsonElement object) {
        List<String> errors = new ArrayList<>();
        if (!object.isJsonObject()) {
            return List.of("not an object");
        }
        String apiVersion = text(object, "apiVersion").orElse(null);
        String kind = text(object, "kind").orElse(null);
        if (apiVersion == null || kind == null) {
            return List.of("apiVersion and kind are required");
        }
        Class<?> model = MODELS.get(apiVersion + "/" + kind);
        if (model == null) {
            return List.of("unknown kind " + kind + " in " + apiVersion + " (Kubernetes 1.30; kinds checked: "
                    + String.join(", ", MODELS.keySet().stream().sorted().toList()) + ")");
        }
        Object read;
        try {
            read = JSON.getGson().fromJson(object, model);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            return List.of(rootMessage(e));
        }
        compare("", object, JSON.getGson().toJsonTree(read), errors);
        return errors;
    }

    private static void compare(String path, JsonElement written, JsonElement read, List<String> errors) {
        if (written.isJsonNull()) {
            return;
        }
        if (read == null || read.isJsonNull()) {
            errors.add(path + ": not read (" + written + ")");
        } else if (written.isJsonObject() && read.isJsonObject()) {
            for (var entry : written.getAsJsonObject().entrySet()) {
                compare(path + "/" + entry.getKey(), entry.getValue(), read.getAsJsonObject().get(entry.getKey()),
                        errors);
            }
        } else if (written.isJsonArray() && read.isJsonArray()
                && written.getAsJsonArray().size() == read.getAsJsonArray().size()) {
            for (int i = 0; i < written.getAsJsonArray().size(); i++) {
                compare(path + "/" + i, written.getAsJsonArray().get(i), read.getAsJsonArray().get(i), errors);
            }
        } else if (!written.equals(read)) {
            errors.add(path + ": wrong type, " + written + " is read as " + read);
        }
    }

    private static Optional<String> text(JsonElement object, String field) {
        JsonElement value = object.getAsJsonObject().get(field);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        int json = message.indexOf(" JSON: ");
        return json < 0 ? message : message.substring(0, json);
    }
}
