package it.perfmon.objective;

import java.util.Comparator;

/** Orders objective codes as people read them: 1.2 before 1.10, 4.4 after 4.2. */
public final class ObjectiveCodeOrder {

    public static final Comparator<String> ORDER = ObjectiveCodeOrder::compare;

    private ObjectiveCodeOrder() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareParts(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareParts(String a, String b) {
        boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty() && a.length() < 10 && b.length() < 10;
        return numeric ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
