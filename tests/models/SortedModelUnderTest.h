#pragma once

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <memory>

namespace sphair::tests {

// A table model behind a QSortFilterProxyModel that sorts by the model's SortRole, as a view
// shows it, both under QAbstractItemModelTester for as long as this lives.
template<typename Model>
struct SortedModelUnderTest
{
    SortedModelUnderTest()
    {
        proxy->setSourceModel(model.get());
        proxy->setSortRole(Model::SortRole);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // Destroyed in reverse: the testers before the models they watch.
    std::unique_ptr<Model> model = std::make_unique<Model>();
    std::unique_ptr<QSortFilterProxyModel> proxy = std::make_unique<QSortFilterProxyModel>();
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

} // namespace sphair::tests
