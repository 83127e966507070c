package cn.ecodispatch.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KeyTaskRepository extends JpaRepository<KeyTask, Long> {

    List<KeyTask> findByPlanOrderByNumber(Plan plan);

    Optional<KeyTask> findByPlanAndNumber(Plan plan, int number);

    /** The ids of the key tasks each of the units leads or takes part in, in the plan's order. */
    @CatalogueQuery
    @Query("select new cn.ecodispatch.catalog.Assigned(ku.unit.id, k.id) from KeyTask k join k.units ku"
            + " where k.plan = :plan and ku.unit in :units order by k.number")
    List<Assigned> findIdsInvolving(Plan plan, Collection<Unit> units);
}
