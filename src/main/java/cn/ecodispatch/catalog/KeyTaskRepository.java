package cn.ecodispatch.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KeyTaskRepository extends JpaRepository<KeyTask, Long> {

    List<KeyTask> findByPlanOrderByNumber(Plan plan);

    Optional<KeyTask> findByPlanAndNumber(Plan plan, int number);

    /** The key tasks any of the units leads or takes part in, each with all its units, in one query. */
    @CatalogueQuery
    @Query("select distinct t from KeyTask t left join fetch t.units tu left join fetch tu.unit where t.plan = :plan"
            + " and t in (select k from KeyTask k join k.units ku where ku.unit in :units) order by t.number")
    List<KeyTask> findInvolving(Plan plan, Collection<Unit> units);
}
