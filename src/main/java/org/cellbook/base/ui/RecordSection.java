package org.cellbook.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.cellbook.base.RecordType;

/**
 * A section another feature adds to a record's page (the measurements of a cell or lot), so the
 * page's feature need not depend on the one providing the section. Implementations are Spring
 * beans; pages add every section that answers for their record.
 */
public interface RecordSection {

  Optional<Component> section(RecordType type, String code);
}
