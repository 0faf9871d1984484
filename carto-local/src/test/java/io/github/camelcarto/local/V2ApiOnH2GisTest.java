package io.github.camelcarto.local;

class V2ApiOnH2GisTest extends V2ApiContract {

    @Override
    TestEngine engine() {
        return TestEngine.H2GIS;
    }
}
