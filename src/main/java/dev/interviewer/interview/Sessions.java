package dev.interviewer.interview;

import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.phrasing.LiveMessage;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The interviews this process has served: a lock per interview, so requests on one interview are serialized while
 * different interviews run in parallel, and the message being phrased for it.
 */
final class Sessions {
    /** One interview's lock (the object itself) and the message this process is phrasing or last said. */
    static final class Session {
        volatile LiveMessage live;
    }

    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom idSource = new SecureRandom();
    private final InterviewStore store;

    Sessions(InterviewStore store) {
        this.store = store;
    }

    // 128 random bits: an interview id cannot be guessed, so holding it is what gives access to it.
    String newId() {
        byte[] bytes = new byte[16];
        idSource.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The session of a new interview. */
    Session create(String id) {
        return sessions.computeIfAbsent(id, k -> new Session());
    }

    /** Forgets a deleted interview. */
    void remove(String id) {
        sessions.remove(id);
    }

    /** The session of a stored interview (one started before a restart gets a new one); not found otherwise. */
    Session of(String id) {
        Session session = sessions.get(id);
        if (session != null) {
            return session;
        }
        if (store.load(id).isEmpty()) {
            throw InterviewException.notFound(id);
        }
        return create(id);
    }
}
