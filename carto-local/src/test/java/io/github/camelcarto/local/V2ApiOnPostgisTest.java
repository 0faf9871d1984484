package io.github.camelcarto.local;

class V2ApiOnPostgisTest extends V2ApiContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGIS;
    }
}
