package com.example.departments;

// tag::readme-spring-service[]
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import java.util.List;
import org.springframework.stereotype.Service;

/** The chats of a department, through the injected generated API. */
@Service
public class DepartmentChats {
  private final NodeCommunicationApi communications;

  /**
   * @param communications the generated API, a bean of the starter
   */
  public DepartmentChats(NodeCommunicationApi communications) {
    this.communications = communications;
  }

  /** The titles of the chats of department {@code departmentId}. */
  public List<String> chatTitles(long departmentId) {
    var answer =
        communications.list(NodeCommunicationListRequest.builder().id(departmentId).build());
    return answer.result().chats().stream().map(chat -> chat.title()).toList();
  }
}
// end::readme-spring-service[]
