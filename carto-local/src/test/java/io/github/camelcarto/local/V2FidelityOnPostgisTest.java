package io.github.camelcarto.local;

class V2FidelityOnPostgisTest extends V2FidelityContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGIS;
    }
}
