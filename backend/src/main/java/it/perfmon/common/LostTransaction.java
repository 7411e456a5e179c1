package it.perfmon.common;

/**
 * The database rolled back the request's transaction without the error reaching the backend, and the statements
 * after it ran in a transaction of their own. Seen on a Galera cluster: a count batch's bulk insert aborted by a
 * conflicting write replicated from another node returned no error, and the batch answered 200 while nothing of it
 * was kept (make test-faults, GaleraConflictTest). Answered as a write conflict: 503, send the request again.
 */
public final class LostTransaction extends RuntimeException {

    public LostTransaction(String message) {
        super(message);
    }
}
