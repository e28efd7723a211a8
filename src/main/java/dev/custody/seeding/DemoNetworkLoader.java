package dev.custody.seeding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Loads the fictional demo network from data-seeds/demo/demo-network.json. (Being written.) */
@ApplicationScoped
public class DemoNetworkLoader {
    @Transactional(Transactional.TxType.MANDATORY)
    public int load() {
        return 0;
    }
}
