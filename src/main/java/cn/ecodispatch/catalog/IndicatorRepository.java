package cn.ecodispatch.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;


public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByPlanAndCode(Plan plan, String code);

    List<Indicator> findByPlanOrderById(Plan plan);

    /** The ids of the indicators each of the units is responsible for, in the catalogue's order. */
    @CatalogueQuery
    @Query("select new cn.ecodispatch.catalog.Assigned(u.id, i.id) from Indicator i join i.responsibleUnits u"
            + " where i.plan = :plan and u in :units order by i.id")
    List<Assigned> findIdsResponsible(Plan plan, Collection<Unit> units);
}
