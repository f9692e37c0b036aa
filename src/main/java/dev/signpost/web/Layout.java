package dev.signpost.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/** What every page's layout shows around its content; templates reach it as {@code inject:layout}. */
@Named("layout")
@ApplicationScoped
public class Layout {

    private final List<MainNavItem> items;

    @Inject
    public Layout(Instance<MainNavItem> contributions) {
        this.items = contributions.stream().sorted(Comparator.comparingInt(MainNavItem::position)).toList();
    }

    public List<MainNavItem> items() {
        return items;
    }
}
