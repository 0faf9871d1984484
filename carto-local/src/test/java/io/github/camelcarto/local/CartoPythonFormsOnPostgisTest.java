package io.github.camelcarto.local;

class CartoPythonFormsOnPostgisTest extends CartoPythonFormsContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGIS;
    }
}
