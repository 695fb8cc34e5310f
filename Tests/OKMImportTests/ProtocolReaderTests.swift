import Testing
import OKMModel
@testable import OKMImport

/// The conventions of a protocol, one paragraph at a time.
@Suite struct ProtocolReaderTests {
    @Test func numberAndDateAsWrittenInTheHeading() {
        #expect(ProtocolReader.numberAndDate("№ 2/25.11.2014 г.")?.0 == "2")
        #expect(ProtocolReader.numberAndDate("№ 2/25.11.2014 г.")?.1 == Day(year: 2014, month: 11, day: 25))
        #expect(ProtocolReader.numberAndDate("ПРОТОКОЛ № 7 от 3.2.2016г.")?.1 == Day(year: 2016, month: 2, day: 3))
        #expect(ProtocolReader.numberAndDate("ПРОТОКОЛ № 7") != nil)
        #expect(ProtocolReader.numberAndDate("ПРОТОКОЛ") == nil)
        #expect(ProtocolReader.firstDate("на 31.02.2014 г.") == nil)   // no such day: nothing
    }

    @Test func timeAndPlaceOfTheMeeting() {
        let t = "Днес, 25.11.2014 г., от 10.00 ч. в Зала 1 на Областна администрация - Русе се проведе заседание."
        #expect(ProtocolReader.time(t) == "10:00")
        #expect(ProtocolReader.place(t) == "Зала 1 на Областна администрация - Русе")
        #expect(ProtocolReader.time("Днес, от 9:30 часа, в залата") == "09:30")
        #expect(ProtocolReader.time("от 25.11 ч.") == nil)
    }

    @Test func reportersArePeopleWithTheirPostOrAGroup() {
        let one = ProtocolReader.reporters("Докладва: г-жа Мариела Личева – директор на дирекция „Здравни и социални дейности” на Община Русе.")
        #expect(one == [.init(name: "Мариела Личева", honorific: "г-жа", post: "директор на дирекция „Здравни и социални дейности” на Община Русе", isGroup: false)])
        let two = ProtocolReader.reporters("Докладват: г-жа Ивелина Димитрова и г-жа Павлета Стефанова – областни координатори по проекта.")
        #expect(two?.map(\.name) == ["Ивелина Димитрова", "Павлета Стефанова"])
        #expect(two?.allSatisfy { $0.post == "областни координатори по проекта" } == true)
        let group = ProtocolReader.reporters("Докладват: членовете на Областен координационен механизъм по деинституционализация.")
        #expect(group?.count == 1 && group?.first?.isGroup == true)
        #expect(group?.first?.name == "членовете на Областен координационен механизъм по деинституционализация")
    }

    @Test func listItemsInTheirWrittenForms() {
        #expect(ProtocolReader.listItem("1.  Информация относно;")?.0 == 1)
        #expect(ProtocolReader.listItem("2) Разни")?.1 == "Разни")
        #expect(ProtocolReader.listItem("т. 3 Отчет")?.0 == 3)
        #expect(ProtocolReader.listItem("2014 г. беше") == nil)
        #expect(ProtocolReader.discussionItem("По т.1 от дневния ред г-н …") == 1)
        #expect(ProtocolReader.discussionItem("По точка 3") == 3)
        #expect(ProtocolReader.discussionItem("Точката беше обсъдена") == nil)
    }
}
