package it.perfmon.common;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is making the current change, as recorded beside assessments. There are no accounts yet (issue #4), so
 * every change is honestly attributed to an anonymous user until login exists.
 */
@RequestScoped
public class CurrentActor {

    public String name() {
        return "anonymous";
    }
}
