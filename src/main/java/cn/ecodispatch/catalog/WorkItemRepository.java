package cn.ecodispatch.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;


public interface WorkItemRepository extends JpaRepository<WorkItem, Long> {

    Optional<WorkItem> findByPlanAndListKeyAndNumber(Plan plan, String listKey, int number);

    List<WorkItem> findByPlan(Plan plan);

    /** The ids of the work items each of the units carries, in the lists' order. */
    @CatalogueQuery
    @Query("select new cn.ecodispatch.catalog.Assigned(u.id, w.id) from WorkItem w join w.units u"
            + " where w.plan = :plan and u in :units order by w.listKind, w.number")
    List<Assigned> findIdsCarriedBy(Plan plan, Collection<Unit> units);
}
