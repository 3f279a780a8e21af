package org.cellbook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.base.Label;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A history reads like the form: labels, values with units, records by code, and the reason. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class ReadableHistoryTest {

  @Autowired HistoryService history;
  @Autowired LotService lots;
  @Autowired BatchService batches;
  @Autowired Fixtures fixtures;
  @Autowired EntityManager entityManager;

  @Test
  void aCorrectedLotShowsLabelsUnitsAndTheReason() {
    Lot lot = fixtures.grams(MaterialKind.HOST_CARBON, 10);
    lots.correct(lot.getCode(), 9.5, "recounted after the spill");

    HistoryEntry correction = history.history(Lot.class, lot.getId()).getFirst();
    assertThat(correction.changes()).containsExactly("Amount left: 10 g → 9.5 g");
    assertThat(correction.reason()).isEqualTo("recounted after the spill");
  }

  @Test
  void aReweighedProductReadsAsOnTheForm() {
    SynthesisBatch batch = fixtures.pyrolysisBatch().batch();
    batches.recordProduct(batch.getCode(), 0.85);

    assertThat(history.history(SynthesisBatch.class, batch.getId()).getFirst().changes())
        .containsExactly("Product mass: 1 g → 0.85 g");
    // Weighing the input turned the batch in progress; recording the product made it done.
    assertThat(history.history(SynthesisBatch.class, batch.getId()))
        .flatExtracting(HistoryEntry::changes)
        .contains("Status: Planned → In progress", "Status: In progress → Done")
        .noneMatch(c -> c.contains("productMassGrams") || c.contains("IN_PROGRESS"));
  }

  @Test
  void everyAuditedFieldHasALabel() {
    List<String> unlabelled = new ArrayList<>();
    for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
      Class<?> type = entity.getJavaType();
      if (!type.isAnnotationPresent(Audited.class)) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && !Collection.class.isAssignableFrom(field.getType())
            && !field.isAnnotationPresent(Id.class)
            && !field.isAnnotationPresent(Version.class)
            && !field.isAnnotationPresent(NotAudited.class)
            && !field.isAnnotationPresent(Label.class)) {
          unlabelled.add(type.getSimpleName() + "." + field.getName());
        }
      }
    }
    assertThat(unlabelled).isEmpty();
  }
}
