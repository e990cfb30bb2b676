package fi.kvverkosto.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A person or desk to contact about a service. Only public work contact details belong here. */
@Entity
@Table(name = "service_contact")
@Audited
class ServiceContact {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ServiceListing service;

    private String name;

    private String title;

    private String department;

    private String email;

    private String phone;

    private int position;

    protected ServiceContact() {}

    ServiceContact(UUID id, ServiceListing service) {
        this.id = id;
        this.service = service;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String title() {
        return title;
    }

    String department() {
        return department;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    int position() {
        return position;
    }

    void describe(String name, String title, String department, String email, String phone, int position) {
        this.name = name;
        this.title = title;
        this.department = department;
        this.email = email;
        this.phone = phone;
        this.position = position;
    }
}
