package cn.ecodispatch.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.report.UnitReport;

public interface RectificationRepository extends JpaRepository<Rectification, Long> {

    List<Rectification> findByReportOrderById(UnitReport report);
}
