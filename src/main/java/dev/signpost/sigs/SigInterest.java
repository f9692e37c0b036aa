package dev.signpost.sigs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Someone pressed "I'm interested" on a SIG page. */
@Entity
@Table(name = "sig_interest")
@IdClass(SigInterest.Key.class)
public class SigInterest extends PanacheEntityBase {

    @Id
    @Column(length = 200)
    public String sig;

    @Id
    @Column(length = 100)
    public String username;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The primary key: one row per SIG and person. */
    public static class Key implements Serializable {
        public String sig;
        public String username;

        public Key() {
        }

        public Key(String sig, String username) {
            this.sig = sig;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(sig, key.sig) && java.util.Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sig, username);
        }
    }
}
