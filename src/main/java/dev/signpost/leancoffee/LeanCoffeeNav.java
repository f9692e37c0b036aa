package dev.signpost.leancoffee;

import dev.signpost.web.MainNavItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Lean Coffee" in the main navigation. */
public class LeanCoffeeNav {

    @Produces
    @Singleton
    MainNavItem leanCoffee() {
        return new MainNavItem("Lean Coffee", "/lean-coffee", 45);
    }
}
