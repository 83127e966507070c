package cn.ecodispatch.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.shared.ReadWithoutFlush;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByPlanAndCode(Plan plan, String code);

    List<Indicator> findByPlanOrderById(Plan plan);

    @ReadWithoutFlush
    @Query("select i from Indicator i join i.responsibleUnits u left join fetch i.sourceKeyTask left join fetch i.sourceWorkItem"
            + " left join fetch i.sameAs where i.plan = :plan and u = :unit order by i.id")
    List<Indicator> findResponsible(Plan plan, Unit unit);
}
