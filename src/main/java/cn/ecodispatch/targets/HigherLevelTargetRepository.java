package cn.ecodispatch.targets;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.catalog.Indicator;

public interface HigherLevelTargetRepository extends JpaRepository<HigherLevelTarget, Long> {

    List<HigherLevelTarget> findByIndicatorOrderByAnnouncedOnDescRecordedAtDesc(Indicator indicator);
}
