package org.cellbook.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.cellbook.base.RecordFinder;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;

/** The frame around every page: navigation, global search, who is logged in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  static final int SEARCH_LIMIT = 20;

  final ComboBox<RecordRef> search = new ComboBox<>();

  public MainLayout(RecordFinder finder, AuthenticationContext authentication) {
    setPrimarySection(Section.DRAWER);

    Span brand = new Span("Cellbook");
    brand.addClassName("brand");
    SideNav nav = new SideNav();
    nav.addItem(
        new SideNavItem("Batches", "batches", VaadinIcon.FLASK.create()),
        new SideNavItem("Lots", "lots", VaadinIcon.PACKAGE.create()),
        new SideNavItem("Materials", "materials", VaadinIcon.BOOK.create()),
        new SideNavItem("Electrodes", "electrodes", VaadinIcon.LINES.create()),
        new SideNavItem("Cells", "cells", VaadinIcon.CUBE.create()),
        new SideNavItem("Results", "results", VaadinIcon.TABLE.create()),
        new SideNavItem("Series", "series", VaadinIcon.CHART_LINE.create()),
        new SideNavItem("Trace", "trace", VaadinIcon.CLUSTER.create()));
    // Landmarks let a screen-reader user jump between navigation, header and the page itself.
    addToDrawer(new Nav(brand, nav));

    search.setPlaceholder("Find any record by code or name…");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setItemLabelGenerator(
        r -> r.code() + " · " + r.name() + " (" + r.type().jsonName() + ")");
    search.setItems(
        query ->
            finder.find(query.getFilter().orElse(""), SEARCH_LIMIT).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
    search.setWidth("28em");
    search.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            RecordRef found = e.getValue();
            // The series page shows the series named in its address.
            QueryParameters which =
                found.type() == RecordType.SERIES
                    ? QueryParameters.of("code", found.code())
                    : QueryParameters.empty();
            getUI().ifPresent(ui -> ui.navigate(found.route(), which));
            search.clear();
          }
        });

    String user = authentication.getPrincipalName().orElse("");
    Button logout = new Button("Log out", e -> authentication.logout());
    logout.addThemeVariants(ButtonVariant.TERTIARY);
    Anchor tokens = new Anchor("tokens", "API tokens");
    HorizontalLayout header =
        new HorizontalLayout(new DrawerToggle(), search, new Span(user), tokens);
    if (authentication.hasRole("ADMIN")) {
      header.add(
          new Anchor("lockouts", "Log-in lockouts"),
          new Anchor("integrity", "Integrity"),
          new Anchor("backups", "Backups"));
    }
    header.add(logout);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(search);
    header.setWidthFull();
    header.addClassName("header");
    header.getElement().setAttribute("role", "banner");
    addToNavbar(header);
  }

  @Override
  public void showRouterLayoutContent(HasElement content) {
    super.showRouterLayoutContent(content);
    content.getElement().setAttribute("role", "main");
  }
}
