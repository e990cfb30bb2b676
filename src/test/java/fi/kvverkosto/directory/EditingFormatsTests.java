package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.DataBinder;

class EditingFormatsTests {

    @Test
    void datesAreReadInTheFinnishAndTheIsoWay() {
        assertThat(EditingFormats.parseDate("1.12.2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(EditingFormats.parseDate(" 01.12.2026 ")).contains(LocalDate.of(2026, 12, 1));
        assertThat(EditingFormats.parseDate("2026-12-01")).contains(LocalDate.of(2026, 12, 1));
        assertThat(EditingFormats.parseDate("31.2.2026")).isEmpty();
        assertThat(EditingFormats.parseDate("12/1/2026")).isEmpty();
        assertThat(EditingFormats.isDate("")).isTrue();
        assertThat(EditingFormats.formatDate(LocalDate.of(2026, 3, 9))).isEqualTo("9.3.2026");
    }

    @Test
    void amountsTakeADecimalCommaOrPointAndAtMostTwoDecimals() {
        assertThat(EditingFormats.parseAmount("99,50")).contains(new BigDecimal("99.50"));
        assertThat(EditingFormats.parseAmount("1 500")).contains(new BigDecimal("1500"));
        assertThat(EditingFormats.parseAmount("0")).contains(BigDecimal.ZERO);
        assertThat(EditingFormats.parseAmount("-5")).isEmpty();
        assertThat(EditingFormats.parseAmount("1,234")).isEmpty();
        assertThat(EditingFormats.parseAmount("ilmainen")).isEmpty();
        assertThat(EditingFormats.formatAmount(new BigDecimal("150.00"))).isEqualTo("150");
    }

    @Test
    void webAddressesMustBeAbsoluteHttpOrHttps() {
        assertThat(EditingFormats.isWebAddress("https://www.example.fi/palvelu?x=1"))
                .isTrue();
        assertThat(EditingFormats.isWebAddress("HTTP://example.fi")).isTrue();
        assertThat(EditingFormats.isWebAddress("www.example.fi")).isFalse();
        assertThat(EditingFormats.isWebAddress("ftp://example.fi")).isFalse();
        assertThat(EditingFormats.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(EditingFormats.isWebAddress("https://")).isFalse();
        assertThat(EditingFormats.isWebAddress(" ")).isTrue();
    }

    @Test
    void emailsNeedOneAtSignAndADottedDomain() {
        assertThat(EditingFormats.isEmail("neuvonta@example.fi")).isTrue();
        assertThat(EditingFormats.isEmail("neuvonta@example")).isFalse();
        assertThat(EditingFormats.isEmail("neuvonta(at)example.fi")).isFalse();
        assertThat(EditingFormats.isEmail("a@b@c.fi")).isFalse();
    }

    /** The conflict page carries the answers as hidden fields: binding them back must give the same answers. */
    @Test
    void answersCarriedAsParametersBindBackToTheSameForm() {
        var form = new ServiceForm();
        form.setVersion(7L);
        form.setOrganisationId("79bda9c6-00b7-432e-aa66-f5936eb4c38c");
        form.setNameFi("Nimi, jossa \"lainausmerkit\" & <merkit>");
        form.setDescriptionSv("Rad ett\nRad två");
        form.setStatus("INACTIVE");
        form.setAlertFi("Tauolla");
        form.setAssuredDate("31.2.2026");
        form.getAreas().addAll(java.util.List.of("urn:fi:stat:maakunta:13", "urn:fi:stat:kunta:182"));
        form.getStages().add("cef060db-10cf-4628-9fcf-302f76008ad7");
        var cost = new ServiceForm.CostRow();
        cost.setTextEn("Free");
        cost.setAmount("abc");
        form.getCostOptions().add(cost);
        var contact = new ServiceForm.ContactRow();
        contact.setId("not-a-uuid");
        contact.setName("Maija");
        form.getContacts().add(contact);
        form.getContacts().add(new ServiceForm.ContactRow());

        var values = new MutablePropertyValues();
        form.parameters().forEach(p -> {
            var existing = values.getPropertyValue(p.name());
            if (existing == null) {
                values.add(p.name(), p.value());
            } else if (existing.getValue() instanceof String first) {
                values.add(p.name(), new String[] {first, p.value()});
            } else {
                String[] before = (String[]) existing.getValue();
                String[] after = java.util.Arrays.copyOf(before, before.length + 1);
                after[before.length] = p.value();
                values.add(p.name(), after);
            }
        });
        var bound = new ServiceForm();
        var binder = new DataBinder(bound);
        binder.bind(values);

        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        assertThat(bound).usingRecursiveComparison().ignoringFields("contacts").isEqualTo(form);
        assertThat(bound.getContacts()).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("Maija");
            assertThat(c.getId()).isEqualTo("not-a-uuid");
        });
    }
}
