import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Prints the JVM's idea of today (UTC). src/test/clock/ci-stage.sh runs it under faketime to prove that the clock a
 * JVM reads really moved before it trusts a green run with the clock moved.
 */
public class Today {
    public static void main(String[] args) {
        System.out.println(LocalDate.now(ZoneOffset.UTC));
    }
}
