package io.github.camelcarto.local;

class CartoPythonFormsOnH2GisTest extends CartoPythonFormsContract {

    @Override
    TestEngine engine() {
        return TestEngine.H2GIS;
    }
}
