package io.github.camelcarto.local;

class V2FidelityOnH2GisTest extends V2FidelityContract {

    @Override
    TestEngine engine() {
        return TestEngine.H2GIS;
    }
}
