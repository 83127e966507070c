package cn.ecodispatch.targets;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.ReadWithoutFlush;

public interface HigherLevelTargetRepository extends JpaRepository<HigherLevelTarget, Long> {

    @ReadWithoutFlush
    List<HigherLevelTarget> findByIndicatorOrderByAnnouncedOnDescRecordedAtDesc(Indicator indicator);

    @ReadWithoutFlush
    List<HigherLevelTarget> findByIndicatorIn(Collection<Indicator> indicators);
}
