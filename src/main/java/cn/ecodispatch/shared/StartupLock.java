package cn.ecodispatch.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises start-up work (catalogue load, identity bootstrap) across application nodes that share one
 * database: the row lock is held until the caller's transaction ends, so a second node waits and then finds
 * the work done.
 */
@Component
public class StartupLock {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(propagation = Propagation.MANDATORY)
    public void acquire(String name) {
        int found = entityManager.createNativeQuery("select name from eco_startup_lock where name = :name for update")
                .setParameter("name", name)
                .getResultList().size();
        if (found != 1) {
            throw new IllegalStateException("启动锁不存在: " + name);
        }
    }
}
